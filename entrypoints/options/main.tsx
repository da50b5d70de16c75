// The newest clips are asked for first; the rest of the page's code loads meanwhile (issue #4).
import '@/components/first-page';
import '@/components/theme.css';

void import('./mount');
