import clsx from 'clsx';

// An early return for a special case, then the default: `<Action className>` lands, as a rule,
// on the button of the last return.
export function Action({ disabled, className, ...rest }: { disabled?: boolean; className?: string }) {
  if (disabled) {
    return <div className={clsx('action-disabled', className)}>Unavailable</div>;
  }
  return <button type="button" className={clsx('action', className)} {...rest} />;
}
