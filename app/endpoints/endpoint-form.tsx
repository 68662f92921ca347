"use client";
// Endpoint form (create and edit): react-hook-form with the API's schema, a
// spec picker showing what each replica will get, and a manifest preview.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { describe, Field, inputClass } from "@/app/specs/_form/field";
import { buttonClass, Notice } from "@/app/_components/ui";
import { createEndpointAction, previewEndpointAction, updateEndpointAction } from "@/lib/endpoints/actions";
import { containerResources } from "@/lib/endpoints/resources";
import { endpointCreateSchema, type EndpointFormValues, type EndpointInput } from "@/lib/endpoints/schema";
import type { Spec } from "@/lib/specs/types";

type SpecOption = Pick<Spec, "name" | "displayName" | "category" | "status" | "resources">;
const FIELDS = new Set(["endpoint", "specName", "image", "replicas", "gpuCount", "shmSize"]);

/** "KEY=value" lines to a map, with the lines that are not. */
function parseEnv(text: string): { env: Record<string, string>; bad: number[] } {
  const env: Record<string, string> = {};
  const bad: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (!line.trim()) return;
    const eq = line.indexOf("=");
    if (eq <= 0) bad.push(i + 1);
    else env[line.slice(0, eq).trim()] = line.slice(eq + 1);
  });
  return { env, bad };
}

const envToText = (env: Record<string, string>) =>
  Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");

type Props = { specs: SpecOption[] } & (
  { mode: "create"; initialSpec?: string } | { mode: "edit"; initial: EndpointInput }
);

export function EndpointForm(props: Props) {
  const { specs } = props;
  const router = useRouter();
  const editing = props.mode === "edit" ? props.initial : null;
  const initialSpec = props.mode === "create" ? props.initialSpec : props.initial.specName;
  const [envText, setEnvText] = useState(editing ? envToText(editing.env) : "");
  const [formError, setFormError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const { register, handleSubmit, control, setValue, setError, formState } = useForm<
    EndpointFormValues,
    unknown,
    EndpointInput
  >({
    resolver: zodResolver(endpointCreateSchema),
    defaultValues: editing ?? {
      endpoint: "",
      specName: specs.some((s) => s.name === initialSpec) ? initialSpec : "",
      image: "",
      replicas: 1,
      env: {},
      labels: {},
      annotations: {},
    },
    mode: "onTouched",
  });
  const errors = formState.errors;
  const specName = useWatch({ control, name: "specName" });
  const spec = specs.find((s) => s.name === specName);
  const gpuCount = Number(useWatch({ control, name: "gpuCount" }) ?? 1) || 1;
  const envParse = parseEnv(envText);
  const envErrors = Object.values((errors.env ?? {}) as Record<string, { message?: string }>)
    .map((e) => e?.message)
    .filter(Boolean);

  const showServerError = (error: { error: string; details: { path: string; message: string }[] }) => {
    setFormError(error.error);
    for (const d of error.details) {
      if (FIELDS.has(d.path)) setError(d.path as FieldPath<EndpointFormValues>, { type: "server", message: d.message });
    }
  };

  const onPreview = async (values: EndpointInput) => {
    setFormError(null);
    const result = await previewEndpointAction(values);
    if (result.ok) setPreview(result.yaml);
    else showServerError(result.error);
  };

  const onSave = async (values: EndpointInput) => {
    setFormError(null);
    if (envParse.bad.length) return setFormError(`Environment: line ${envParse.bad.join(", ")} is not KEY=value`);
    // Editing sends only what PATCH takes; no gpuCount means "back to the default".
    const result = editing
      ? await updateEndpointAction(editing.endpoint, {
          image: values.image,
          replicas: values.replicas,
          specName: values.specName,
          gpuCount: values.gpuCount ?? null,
          env: values.env,
        })
      : await createEndpointAction(values);
    if (!result.ok) return showServerError(result.error);
    router.push(editing ? `/endpoints/${result.name}` : `/endpoints?created=${encodeURIComponent(result.name)}`);
    router.refresh();
  };

  const err = (p: string) => (errors as Record<string, { message?: string } | undefined>)[p]?.message;

  return (
    <form onSubmit={handleSubmit(onSave)} noValidate className="grid grid-cols-1 gap-6 lg:grid-cols-5">
      <div className="space-y-6 lg:col-span-3">
        {formError && <Notice tone="error">{formError}</Notice>}
        <section className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <Field
            id="endpoint"
            label="Endpoint name"
            error={err("endpoint")}
            hint={editing ? "The name cannot change." : "Lowercase DNS label; becomes the Deployment's name."}
          >
            <input
              {...register("endpoint")}
              {...describe("endpoint", err("endpoint"), true)}
              readOnly={!!editing}
              className={`${inputClass} font-mono`}
              autoComplete="off"
            />
          </Field>
          <Field id="specName" label="Spec" error={err("specName")}>
            <select {...register("specName")} {...describe("specName", err("specName"))} className={inputClass}>
              <option value="">Choose a spec…</option>
              {(["gpu", "cpu"] as const).map((cat) => (
                <optgroup key={cat} label={cat.toUpperCase()}>
                  {specs
                    .filter((s) => s.category === cat)
                    .map((s) => (
                      <option key={s.name} value={s.name}>
                        {s.displayName} ({s.name}){s.status === "deprecated" ? " · deprecated" : ""}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </Field>
          <Field id="image" label="Image" error={err("image")} hint="e.g. registry.example.com/team/model:v1">
            <input
              {...register("image")}
              {...describe("image", err("image"), true)}
              className={`${inputClass} font-mono`}
              autoComplete="off"
            />
          </Field>
          <div className="grid grid-cols-2 gap-4">
            <Field id="replicas" label="Replicas" error={err("replicas")}>
              <input
                type="number"
                min={0}
                max={100}
                {...register("replicas", { valueAsNumber: true })}
                {...describe("replicas", err("replicas"))}
                className={inputClass}
              />
            </Field>
            {spec?.category === "gpu" && (
              <Field id="gpuCount" label="GPUs per replica" error={err("gpuCount")} hint={`1 to ${spec.resources.gpu}`}>
                <input
                  type="number"
                  placeholder="1"
                  min={1}
                  max={Number(spec.resources.gpu)}
                  {...register("gpuCount", {
                    setValueAs: (v) => (v === "" || v === undefined ? undefined : Number(v)),
                    shouldUnregister: true,
                  })}
                  {...describe("gpuCount", err("gpuCount"), true)}
                  className={inputClass}
                />
              </Field>
            )}
          </div>
          <Field
            id="shmSize"
            label="Shared memory override (optional)"
            error={err("shmSize")}
            hint={
              editing
                ? "Set when the endpoint is created."
                : spec?.resources.shmSize
                  ? `spec default: ${spec.resources.shmSize}`
                  : "e.g. 16Gi"
            }
          >
            <input
              {...register("shmSize", { setValueAs: (v) => (v === "" ? undefined : v) })}
              {...describe("shmSize", err("shmSize"), true)}
              readOnly={!!editing}
              className={inputClass}
            />
          </Field>
          <Field
            id="env"
            label="Environment (KEY=value per line)"
            error={envParse.bad.length ? `line ${envParse.bad.join(", ")} is not KEY=value` : envErrors[0]}
          >
            <textarea
              id="env"
              rows={4}
              value={envText}
              spellCheck={false}
              className={`${inputClass} font-mono`}
              onChange={(e) => {
                setEnvText(e.target.value);
                setValue("env", parseEnv(e.target.value).env, { shouldValidate: true });
              }}
            />
          </Field>
        </section>
        <div className="flex justify-end gap-3">
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={handleSubmit(onPreview)}
            disabled={formState.isSubmitting}
          >
            Preview manifest
          </button>
          <button type="submit" className={buttonClass.primary} disabled={formState.isSubmitting}>
            {formState.isSubmitting ? "Saving…" : editing ? "Save and re-apply" : "Create endpoint"}
          </button>
        </div>
      </div>
      <aside className="space-y-6 lg:col-span-2">
        <section aria-label="Resources per replica" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <h2 className="text-base font-semibold">Resources per replica</h2>
          {spec ? (
            <>
              {spec.status === "deprecated" && <p className="mt-2 text-sm text-amber-700">This spec is deprecated.</p>}
              <dl className="mt-3 grid grid-cols-2 gap-2 font-mono text-sm">
                {Object.entries(containerResources(spec, gpuCount)).map(([k, v]) => (
                  <div key={k}>
                    <dt className="text-xs text-slate-500">{k}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-500">Choose a spec to see what each replica gets.</p>
          )}
        </section>
        {preview && (
          <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
            <h2 className="text-base font-semibold">Manifest preview</h2>
            <pre
              aria-label="Manifest preview"
              className="mt-3 max-h-[32rem] overflow-auto rounded-md bg-slate-900 p-4 text-xs text-slate-100"
            >
              {preview}
            </pre>
          </section>
        )}
      </aside>
    </form>
  );
}
