import './list-v1.css';

// The old list: index.tsx renders ListV2 now, and only its test still imports this one.
export function ListV1() {
  return <ul className="list-v1" />;
}
