// The product list screen: filter chips, a grid of CSS Module cards and Tailwind actions.
import { useState } from "react";
import { Card, CardTitle, Price } from "../components/Card";
import { StockBadge } from "../components/Badge";
import { cn } from "../lib/cn";

const products = [
  { id: "kb-87", name: "Mechanical keyboard", cents: 12900, inStock: true, featured: true },
  { id: "ms-02", name: "Wireless mouse", cents: 4900, inStock: true, featured: false },
  { id: "hp-11", name: "Noise-cancelling headphones", cents: 24900, inStock: false, featured: false },
];

const filters = ["All", "In stock", "Sold out"];

export function ProductList() {
  const [filter, setFilter] = useState("All");
  return (
    <div className="page">
      <div className="page-header">
        <h1>Products</h1>
        <button type="button" className="bg-brand rounded-card px-4 py-2 text-sm font-medium text-white hover:bg-brand/90">
          Add product
        </button>
      </div>
      <div className="mb-4 flex gap-2">
        {filters.map((name) => (
          <button
            key={name}
            type="button"
            onClick={() => setFilter(name)}
            className={cn("rounded-full border px-3 py-1 text-xs", {
              "border-brand bg-brand text-white": filter === name,
              "border-gray-300 bg-white text-gray-700 hover:border-gray-400": filter !== name,
            })}
          >
            {name}
          </button>
        ))}
      </div>
      <div className="product-grid">
        {products.map((product) => (
          <Card key={product.id} featured={product.featured} className="shadow-sm">
            <CardTitle>{product.name}</CardTitle>
            <div className="flex items-center justify-between">
              <Price cents={product.cents} />
              <StockBadge inStock={product.inStock} />
            </div>
          </Card>
        ))}
      </div>
    </div>
  );
}
