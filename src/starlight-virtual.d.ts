// Types for the one Starlight virtual module our component overrides import (Starlight ships none):
// `virtual:starlight/components/<Name>` is the component a site configured for <Name>, override or default.
declare module 'virtual:starlight/components/MobileMenuFooter' {
	const MobileMenuFooter: (props: Record<string, never>) => unknown;
	export default MobileMenuFooter;
}
