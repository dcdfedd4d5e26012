"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

const isWithin = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

/**
 * Navigation link that marks itself as the current page. `exact` limits the match to the path
 * itself; `activeUnder` adds sections whose pages also count as this link's page.
 */
export function NavLink({
  href,
  exact = false,
  activeUnder = [],
  children,
}: {
  href: string;
  exact?: boolean;
  activeUnder?: readonly string[];
  children: ReactNode;
}) {
  const pathname = usePathname();
  const active = (exact ? pathname === href : isWithin(pathname, href)) || activeUnder.some((path) => isWithin(pathname, path));

  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className="border-b-2 border-transparent px-1 py-3 text-sm font-medium whitespace-nowrap text-slate-600 hover:border-slate-300 hover:text-slate-900 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
    >
      {children}
    </Link>
  );
}
