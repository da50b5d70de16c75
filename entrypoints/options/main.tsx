// The newest clips are asked for first and painted; the rest of the page's code follows (issue #4).
import { firstPageShown } from '@/components/first-page';
import '@/components/theme.css';

void firstPageShown.then(() => import('./mount'));
