// Every persona and screen in one language (one file per language keeps each test short).
import { placeholders } from './placeholders.mjs';

await placeholders('placeholders_sv', ['sv']);
