import { Controller } from 'react-hook-form';

// The input spreads a render prop's `field`, not the component's props: `<NameField className>`
// would never land on it.
export function NameField({ control }: { control: unknown }) {
  return (
    <Controller
      name="name"
      control={control}
      render={({ field }) => <input className="field" {...field} />}
    />
  );
}
