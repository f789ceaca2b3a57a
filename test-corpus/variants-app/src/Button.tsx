// A cva button: each variant's classes need that variant; defaults apply when none is passed.
import { cva } from "class-variance-authority";
import "./styles.css";

const button = cva("btn", {
  variants: {
    intent: { primary: "btn-primary", ghost: "btn-ghost" },
    size: { sm: "btn-sm", md: "btn-md" },
  },
  compoundVariants: [{ intent: "ghost", size: "sm", class: "btn-ghost-sm" }],
  defaultVariants: { intent: "primary", size: "md" },
});

type ButtonProps = { intent?: "primary" | "ghost"; size?: "sm" | "md"; children: string };

export function Button({ intent, size, children }: ButtonProps) {
  return <button className={button({ intent, size })}>{children}</button>;
}

export function Toolbar() {
  return (
    <nav>
      <Button>Save</Button>
      <Button intent="ghost" size="sm">
        Cancel
      </Button>
      <button className={button({ intent: "ghost" })}>Help</button>
    </nav>
  );
}
