// The design system's button: its variant picks one of two looks.
import clsx from "clsx";
import type { ButtonHTMLAttributes } from "react";
import styles from "./Button.module.css";

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: "solid" | "outline";
};

export function Button({ variant = "solid", className, ...rest }: ButtonProps) {
  return (
    <button
      type="button"
      className={clsx(styles.button, variant === "outline" ? styles.outline : styles.solid, className)}
      {...rest}
    />
  );
}
