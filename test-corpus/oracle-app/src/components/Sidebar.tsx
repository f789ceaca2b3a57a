// The admin sidebar: the store's name and the navigation, in Tailwind classes with a dark variant.
import { NavItem } from "./NavItem";

const sectionTitle = "mb-2 px-3 text-xs font-semibold tracking-wide text-gray-500 uppercase";

export function Sidebar() {
  return (
    <nav className="w-60 border-r border-gray-200 bg-gray-50 p-4 dark:bg-gray-900 dark:border-gray-700">
      <p className="mb-6 px-3 text-lg font-bold text-gray-900 dark:text-white">Northwind Goods</p>
      <p className={sectionTitle}>Store</p>
      <NavItem active>Products</NavItem>
      <NavItem>Orders</NavItem>
      <NavItem>Customers</NavItem>
      <p className={sectionTitle}>Settings</p>
      <NavItem>General</NavItem>
      <NavItem disabled>Payments</NavItem>
    </nav>
  );
}
