import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "waverless specs", template: "%s · waverless specs" },
  description: "Hardware specs for serverless GPU inference on Kubernetes",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <header className="border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-screen-2xl items-center gap-6 px-6 py-3">
            <Link href="/specs" className="text-base font-semibold tracking-tight text-slate-900">
              waverless<span className="text-indigo-600"> specs</span>
            </Link>
            <Link href="/specs" className="text-sm text-slate-600 hover:text-slate-900">
              Specs
            </Link>
            <Link href="/endpoints" className="text-sm text-slate-600 hover:text-slate-900">
              Endpoints
            </Link>
            {/* A JSON document, not a page: a full navigation is intended. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/api/v1/health" className="ml-auto text-sm text-slate-500 hover:text-slate-900">
              API health
            </a>
          </nav>
        </header>
        <main className="mx-auto max-w-screen-2xl px-6 py-8">{children}</main>
      </body>
    </html>
  );
}
