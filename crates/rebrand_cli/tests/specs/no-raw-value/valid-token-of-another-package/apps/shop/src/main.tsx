import "./shop.css";

export function Shop() {
  return <main className="shop">Shop</main>;
}
