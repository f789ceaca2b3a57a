import './titles.css';

export function DrawerTitle() {
  return <div className="title">Details</div>;
}

export function MenuTitle() {
  return <div className="title">FORMAT</div>;
}

export function FilterTitle() {
  return <div className="title">Filters</div>;
}
