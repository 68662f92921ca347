"use client";
// Create and edit a spec: react-hook-form validated by the same zod schema the
// API enforces; server answers (409, 503, validation) land on the fields.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { buttonClass, Notice } from "@/app/_components/ui";
import { createSpecAction, updateSpecAction } from "@/lib/specs/actions";
import { asReplacement } from "@/lib/specs/merge";
import { draftToPlatforms, platformsToDraft, type PlatformDraft } from "@/lib/specs/platform-draft";
import {
  RESOURCE_TYPES,
  SPEC_STATUSES,
  specInputSchema,
  type SpecFormValues,
  type SpecInput,
} from "@/lib/specs/schema";
import { describe, Field, inputClass } from "./field";
import { PlatformsEditor } from "./platforms-editor";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const FIELDS = new Set([
  "name",
  "displayName",
  "category",
  "resourceType",
  "status",
  "resources.cpu",
  "resources.memory",
  "resources.gpu",
  "resources.gpuType",
  "resources.ephemeralStorage",
  "resources.shmSize",
]);

type Props = { mode: "create" } | { mode: "edit"; initial: SpecInput; fromYaml: boolean };

const BLANK: SpecFormValues = {
  name: "",
  displayName: "",
  category: "gpu",
  resourceType: "serverless",
  status: "active",
  resources: { memory: "", ephemeralStorage: "" },
  platforms: {},
};

export function SpecForm(props: Props) {
  const router = useRouter();
  const initial = props.mode === "edit" ? props.initial : BLANK;
  const [draft, setDraft] = useState<PlatformDraft[]>(() =>
    platformsToDraft((initial.platforms ?? {}) as SpecInput["platforms"]),
  );
  const [yamlValid, setYamlValid] = useState(true);
  const [formError, setFormError] = useState<string | null>(null);
  const [platformErrors, setPlatformErrors] = useState<string[]>([]);
  const { register, handleSubmit, control, setValue, setError, formState } = useForm<
    SpecFormValues,
    unknown,
    SpecInput
  >({
    resolver: zodResolver(specInputSchema),
    defaultValues: initial,
    mode: "onTouched",
  });
  const errors = formState.errors;
  const isGpu = useWatch({ control, name: "category" }) === "gpu";
  const err = (path: string) => path.split(".").reduce<any>((e, k) => e?.[k], errors)?.message as string | undefined;
  const opt = { setValueAs: emptyToUndefined };

  const changeDraft = (next: PlatformDraft[]) => {
    setDraft(next);
    setValue("platforms", draftToPlatforms(next) as SpecFormValues["platforms"], { shouldDirty: true });
  };

  const onSubmit = async (values: SpecInput) => {
    setFormError(null);
    setPlatformErrors([]);
    if (!yamlValid) return setFormError("The platforms YAML has errors; fix them before saving.");
    const result =
      props.mode === "create"
        ? await createSpecAction(values)
        : await updateSpecAction(props.initial.name, asReplacement(values));
    if (result.ok) {
      router.push(`/specs?${props.mode === "create" ? "created" : "updated"}=${encodeURIComponent(result.name)}`);
      router.refresh();
      return;
    }
    setFormError(result.error.error);
    const other: string[] = [];
    for (const d of result.error.details) {
      if (FIELDS.has(d.path))
        setError(d.path as FieldPath<SpecFormValues>, { type: "server", message: d.message }, { shouldFocus: true });
      else other.push(`${d.path}: ${d.message}`);
    }
    setPlatformErrors(other);
  };

  const text = (path: FieldPath<SpecFormValues>, label: string, hint?: string, optional = false) => {
    const id = path.replace(".", "-");
    return (
      <Field id={id} label={label} hint={hint} error={err(path)}>
        <input
          {...register(path, optional ? opt : undefined)}
          {...describe(id, err(path), !!hint)}
          className={inputClass}
          autoComplete="off"
        />
      </Field>
    );
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-8">
      {props.mode === "edit" && props.fromYaml && (
        <Notice tone="warning">
          This spec comes from the YAML baseline. Saving stores a database override that takes precedence over
          config/specs.yaml from then on.
        </Notice>
      )}
      {formError && <Notice tone="error">{formError}</Notice>}
      {errors.platforms && !formError && (
        <Notice tone="error">Platforms have problems; see the Platforms section.</Notice>
      )}

      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-base font-semibold">Identity</h2>
        <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
          <Field
            id="name"
            label="Name"
            error={err("name")}
            hint={
              props.mode === "edit" ? "The name cannot change." : "Lowercase letters, digits and '-', e.g. h200-single."
            }
          >
            <input
              {...register("name")}
              {...describe("name", err("name"), true)}
              readOnly={props.mode === "edit"}
              className={`${inputClass} font-mono`}
              autoComplete="off"
            />
          </Field>
          {text("displayName", "Display name")}
          <fieldset>
            <legend className="block text-sm font-medium text-slate-700">Category</legend>
            <div className="mt-2 flex gap-6">
              {(["gpu", "cpu"] as const).map((c) => (
                <label key={c} className="flex items-center gap-2 text-sm">
                  <input type="radio" value={c} {...register("category")} className="h-4 w-4 text-indigo-600" />{" "}
                  {c.toUpperCase()}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid grid-cols-2 gap-4">
            <Field id="resourceType" label="Resource type" error={err("resourceType")}>
              <select
                {...register("resourceType")}
                {...describe("resourceType", err("resourceType"))}
                className={inputClass}
              >
                {RESOURCE_TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            </Field>
            {props.mode === "edit" && (
              <Field id="status" label="Status" error={err("status")}>
                <select {...register("status")} {...describe("status", err("status"))} className={inputClass}>
                  {SPEC_STATUSES.map((s) => (
                    <option key={s}>{s}</option>
                  ))}
                </select>
              </Field>
            )}
          </div>
        </div>
      </section>

      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-base font-semibold">Resources</h2>
        <p className="mt-1 text-xs text-slate-500">
          {isGpu
            ? "CPU and memory are per GPU; an endpoint with several GPUs gets multiples."
            : "Kubernetes quantities, e.g. 500m, 2, 4Gi."}
        </p>
        <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-3">
          {isGpu && (
            <>
              <Field id="resources-gpu" label="GPU count" error={err("resources.gpu")}>
                <input
                  {...register("resources.gpu", { ...opt, shouldUnregister: true })}
                  {...describe("resources-gpu", err("resources.gpu"))}
                  inputMode="numeric"
                  className={inputClass}
                />
              </Field>
              <Field id="resources-gpuType" label="GPU type" error={err("resources.gpuType")} hint="e.g. NVIDIA-H200">
                <input
                  {...register("resources.gpuType", { ...opt, shouldUnregister: true })}
                  {...describe("resources-gpuType", err("resources.gpuType"), true)}
                  className={inputClass}
                />
              </Field>
              <div className="hidden md:block" />
            </>
          )}
          {text("resources.cpu", "CPU cores", "2, 0.5 or 500m", true)}
          {text("resources.memory", "Memory", "e.g. 4Gi, 512Mi")}
          {text("resources.ephemeralStorage", "Ephemeral storage", "a bare number is GiB (300), or 100Gi")}
          {text("resources.shmSize", "Shared memory (/dev/shm)", "optional, e.g. 16Gi", true)}
        </div>
      </section>

      <section className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-base font-semibold">Platforms</h2>
        <p className="mb-3 mt-1 text-xs text-slate-500">
          Scheduling settings per Kubernetes platform; the server&apos;s K8S_PLATFORM picks one, falling back to
          generic.
        </p>
        <PlatformsEditor
          draft={draft}
          onDraftChange={changeDraft}
          onValidityChange={setYamlValid}
          serverErrors={platformErrors}
        />
      </section>

      <div className="flex items-center justify-end gap-3">
        <Link
          href={props.mode === "edit" ? `/specs/${props.initial.name}` : "/specs"}
          className={buttonClass.secondary}
        >
          Cancel
        </Link>
        <button type="submit" className={buttonClass.primary} disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : props.mode === "create" ? "Create spec" : "Save changes"}
        </button>
      </div>
    </form>
  );
}
