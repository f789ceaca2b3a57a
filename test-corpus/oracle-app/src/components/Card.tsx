// A product card and its parts, styled by a CSS Module; callers may add their own class.
import type { ReactNode } from "react";
import styles from "./Card.module.css";
import { cn } from "../lib/cn";

type CardProps = { featured?: boolean; className?: string; children: ReactNode };

export function Card({ featured = false, className, children }: CardProps) {
  return <article className={cn(featured ? styles.featured : styles.card, className)}>{children}</article>;
}

export function CardTitle({ children }: { children: ReactNode }) {
  return <h3 className={styles.title}>{children}</h3>;
}

export function Price({ cents }: { cents: number }) {
  return <span className={styles.price}>${(cents / 100).toFixed(2)}</span>;
}
