// An icon sized with Tailwind's `size-*`, which sets the width and the height at once.
export function IconBadge() {
  return (
    <span className="inline-flex size-8 items-center justify-center rounded-full bg-blue-50">
      <svg className="size-4" viewBox="0 0 16 16" />
    </span>
  );
}
