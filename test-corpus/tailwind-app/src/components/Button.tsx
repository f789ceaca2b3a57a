import { cva } from "class-variance-authority";
import clsx from "clsx";

export const buttonVariants = cva("inline-flex items-center rounded-md px-4 py-2 font-semibold", {
  variants: {
    intent: {
      primary: "bg-blue-600 text-white hover:bg-blue-700",
      ghost: "bg-transparent text-blue-600 hover:bg-blue-50",
    },
    size: { sm: "text-sm", md: "text-base" },
  },
});

export function Button({ intent = "primary", busy, className, ...props }) {
  return (
    <button
      className={clsx(buttonVariants({ intent }), busy && "opacity-50", { "cursor-wait": busy }, className)}
      {...props}
    />
  );
}
