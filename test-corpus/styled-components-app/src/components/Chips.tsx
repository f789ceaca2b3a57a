import { Chip } from "./Constants";

export function Chips() {
  return <Chip onClick={() => undefined}>Tag</Chip>;
}
