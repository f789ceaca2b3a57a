// The store settings screen: global page classes, styled tabs, SCSS fields, emotion switches and cva buttons.
import { Tabs } from "../components/Tabs";
import { Field } from "../components/Field";
import { Toggle } from "../components/Toggle";
import { Button } from "../components/Button";

const sectionClass = "mt-8 rounded-card border border-gray-200 bg-white p-6 dark:bg-gray-900";

export function SettingsPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Store settings</h1>
        <button type="button" className="link-button">
          View storefront
        </button>
      </header>
      <Tabs tabs={["General", "Billing", "Shipping"]} active="General" />
      <section>
        <h2>Store details</h2>
        <Field id="name" label="Store name" defaultValue="Northwind Goods" hint="Shown on invoices and receipts" />
        <Field id="email" label="Support email" error="Enter a valid email address" />
      </section>
      <section className={sectionClass}>
        <h2>Notifications</h2>
        <p className="muted">
          Choose what we email you about. <a href="#">Manage recipients</a>
        </p>
        <Toggle label="New orders" checked />
        <Toggle label="Low stock" />
      </section>
      <footer className="mt-6 flex justify-end gap-3">
        <Button variant="secondary">Discard</Button>
        <Button>Save changes</Button>
      </footer>
    </div>
  );
}
