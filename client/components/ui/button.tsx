import type { ComponentProps } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

export function Button({
  variant = 'primary',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: Variant }) {
  // ComponentProps includes `ref` (a plain prop since React 19), so a caller can focus the button.
  return <button type={type} className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')} {...props} />;
}
