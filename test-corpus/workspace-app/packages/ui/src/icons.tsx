// Icons take the class their caller gives them.
export function StarIcon({ className }: { className?: string }) {
  return <svg className={className} viewBox="0 0 24 24" />;
}
