import { ListV1 } from './ListV1';

test('renders', () => {
  expect(ListV1).toBeDefined();
});
