/** A horizontal rule across the screen. */
import { Text } from 'ink';
import { theme } from '../theme.js';

/** A line of `─` exactly `width` columns wide. */
export function Rule({ width }: { width: number }) {
  return <Text color={theme.chrome}>{'─'.repeat(Math.max(0, width))}</Text>;
}
