import '../../components/popup/site-toggle.css';
import { SiteToggle } from '../../components/popup/SiteToggle';
import { useSiteToggle } from '../../containers/popup/use-site-toggle';

/** The popup's on/off and "pause on this site" switches (containers/popup/use-site-toggle.ts). */
export function SiteToggleContainer() {
  const props = useSiteToggle();
  return props && <SiteToggle {...props} />;
}
