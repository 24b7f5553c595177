import { useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";

/**
 * After a client-side move to another page (a link, or a form that redirected), puts focus
 * on the new page's main heading and says its title in a polite live region, as a full
 * page load would for a screen reader. Without it, focus stays on <body> or on the link
 * pressed, and nothing is announced.
 *
 * Only a change of path counts: a filter or a page of results (same path, new query) and
 * a failed form that stays on its page keep the reader where they are. A page that placed
 * focus itself during the move (an error summary) keeps it.
 */
export function NavigationAnnouncer() {
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const [announcement, setAnnouncement] = useState("");
  const shownPath = useRef(pathname);
  const focusedWhenLeaving = useRef<Element | null>(null);

  // Declared first, so it runs before the effect below forgets the element focused when leaving.
  useEffect(() => {
    const focusedBefore = focusedWhenLeaving.current;
    if (shownPath.current === pathname) return; // the first render, or the same page again
    shownPath.current = pathname;
    const focused = document.activeElement;
    const pageTookFocus = focused !== null && focused !== document.body && focused !== focusedBefore;
    if (!pageTookFocus) {
      const heading = document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }
    setAnnouncement(document.title);
  }, [pathname]);

  useEffect(() => {
    if (navigation.state === "idle") focusedWhenLeaving.current = null;
    else if (focusedWhenLeaving.current === null) focusedWhenLeaving.current = document.activeElement;
  }, [navigation.state]);

  return (
    <div id="navigation-announcement" className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}
