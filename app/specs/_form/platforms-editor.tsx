"use client";
// Platforms: a form of rows, or the whole map as YAML. Switching tabs
// converts losslessly; YAML errors (syntax or rules) show inline.
import { useState } from "react";
import {
  draftDuplicates,
  draftToPlatforms,
  emptyPlatform,
  parsePlatformsYaml,
  platformsToDraft,
  platformsToYaml,
  type PlatformDraft,
} from "@/lib/specs/platform-draft";
import { PlatformCard } from "./platform-card";

type Props = {
  draft: PlatformDraft[];
  onDraftChange(draft: PlatformDraft[]): void;
  /** False while the YAML tab holds text that cannot be used. */
  onValidityChange(valid: boolean): void;
  serverErrors: string[];
};

export function PlatformsEditor({ draft, onDraftChange, onValidityChange, serverErrors }: Props) {
  const [tab, setTab] = useState<"form" | "yaml">("form");
  const [text, setText] = useState("");
  const [yamlErrors, setYamlErrors] = useState<string[]>([]);
  const duplicates = draftDuplicates(draft);

  const showYaml = () => {
    setText(platformsToYaml(draftToPlatforms(draft)));
    setYamlErrors([]);
    setTab("yaml");
  };
  const editYaml = (value: string) => {
    setText(value);
    const parsed = parsePlatformsYaml(value);
    if (parsed.ok) onDraftChange(platformsToDraft(parsed.platforms));
    setYamlErrors(parsed.ok ? [] : parsed.errors);
    onValidityChange(parsed.ok);
  };
  const tabClass = (active: boolean) =>
    `rounded-t-md px-3 py-1.5 text-sm font-medium ${active ? "bg-white text-indigo-700 ring-1 ring-slate-200 ring-b-0" : "text-slate-500 hover:text-slate-800"}`;

  return (
    <div>
      <div role="tablist" aria-label="Platforms editor" className="flex gap-1 border-b border-slate-200">
        <button
          type="button"
          role="tab"
          id="tab-form"
          aria-controls="panel-platforms"
          aria-selected={tab === "form"}
          className={tabClass(tab === "form")}
          onClick={() => (yamlErrors.length ? undefined : setTab("form"))}
          disabled={tab === "yaml" && yamlErrors.length > 0}
        >
          Form
        </button>
        <button
          type="button"
          role="tab"
          id="tab-yaml"
          aria-controls="panel-platforms"
          aria-selected={tab === "yaml"}
          className={tabClass(tab === "yaml")}
          onClick={() => tab !== "yaml" && showYaml()}
        >
          YAML
        </button>
      </div>
      <div
        role="tabpanel"
        id="panel-platforms"
        aria-labelledby={tab === "form" ? "tab-form" : "tab-yaml"}
        className="pt-4"
      >
        {tab === "form" ? (
          <div className="space-y-4">
            {draft.length === 0 && (
              <p className="text-sm text-slate-500">No platform settings: pods schedule anywhere the cluster allows.</p>
            )}
            {draft.map((p) => (
              <PlatformCard
                key={p.id}
                platform={p}
                onChange={(next) => onDraftChange(draft.map((x) => (x.id === p.id ? next : x)))}
                onRemove={() => onDraftChange(draft.filter((x) => x.id !== p.id))}
              />
            ))}
            <button
              type="button"
              className="rounded-md px-3 py-1.5 text-sm font-medium text-indigo-700 ring-1 ring-inset ring-indigo-200 hover:bg-indigo-50"
              onClick={() => onDraftChange([...draft, emptyPlatform(draft.length === 0 ? "generic" : "")])}
            >
              + Add platform
            </button>
          </div>
        ) : (
          <div>
            <label htmlFor="platforms-yaml" className="block text-sm font-medium text-slate-700">
              Platforms (YAML map of platform name to settings)
            </label>
            <textarea
              id="platforms-yaml"
              spellCheck={false}
              rows={Math.max(10, text.split("\n").length + 1)}
              value={text}
              aria-invalid={yamlErrors.length > 0}
              aria-describedby="platforms-yaml-errors"
              onChange={(e) => editYaml(e.target.value)}
              className="mt-1 w-full rounded-md border-0 px-3 py-2 font-mono text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600"
            />
            <ul id="platforms-yaml-errors" className="mt-1 space-y-1 text-sm text-red-600">
              {yamlErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {[...duplicates, ...serverErrors].length > 0 && (
          <ul className="mt-3 list-disc pl-5 text-sm text-red-600">
            {[...duplicates, ...serverErrors].map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
