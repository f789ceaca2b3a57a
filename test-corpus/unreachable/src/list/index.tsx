import { ListV2 } from './ListV2';

export default ListV2;
