// 200% text on a 360x640 phone screen: see text_size.mjs.
import { textSize } from './text_size.mjs';

await textSize('text_size_phone', 360, 640);
