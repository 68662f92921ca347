// Any other /api path: 404 in the error shape (not Next's HTML page).
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

const notFound = async (req: Request) =>
  errorResponse(new AppError("not_found", `No API route ${req.method} ${new URL(req.url).pathname}`));

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
