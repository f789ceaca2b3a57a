// The admin shell: the sidebar beside the current screen.
import { Sidebar } from "./components/Sidebar";
import { ProductList } from "./screens/ProductList";

export function App() {
  return (
    <div className="flex min-h-screen">
      <Sidebar />
      <main className="flex-1">
        <ProductList />
      </main>
    </div>
  );
}
