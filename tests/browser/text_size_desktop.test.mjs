// 200% text on a 1024x768 screen: see text_size.mjs.
import { textSize } from './text_size.mjs';

await textSize('text_size_desktop', 1024, 768);
