import { Button } from './Button';

export function Toolbar() {
  return (
    <div>
      <Button className="button" variant="outline">Share</Button>
      <Button className="button" variant="outline">Export</Button>
      <Button className="button" variant="outline">Print</Button>
      <Button className="button" variant="danger">Delete</Button>
      <Button className="button" variant="danger">Remove</Button>
      <Button className="button" variant="danger">Revoke</Button>
    </div>
  );
}
