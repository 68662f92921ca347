import Link from "next/link";
import { buttonClass } from "./_components/ui";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-500">There is no such spec or endpoint. It may have been deleted.</p>
      <Link href="/specs" className={`${buttonClass.primary} mt-6`}>
        All specs
      </Link>
    </div>
  );
}
