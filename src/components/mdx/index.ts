// Components that MDX content can use without importing them (passed to <Content components>).
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import SettingLink from './SettingLink.astro';

export const mdxComponents = { Aside, Cite, SettingLink };
