// An app page using the workspace's UI package by its name.
import { Button, StarIcon } from "@acme/ui";
import "./app.css";

export function Page() {
  return (
    <main>
      <StarIcon className="icon-lg" />
      <Button className="danger" label="Delete" />
    </main>
  );
}
