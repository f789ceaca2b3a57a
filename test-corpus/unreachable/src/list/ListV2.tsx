import './list-v2.css';

export function ListV2() {
  return <ul className="list-v2" />;
}
