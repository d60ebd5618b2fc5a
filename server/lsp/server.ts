// The language server: keeps open notes in sync, lints them off the main thread as the
// writer types or saves, publishes diagnostics, and answers code actions and commands.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ResponseError,
  ErrorCodes,
  LSPErrorCodes,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, RULE_IDS, SOURCE } from '../../rules/index.js';
import { readSettings, type SettingsReading } from './settings.js';
import { ConfigStore, uriToPath, type DocumentConfig } from './config-store.js';
import { CancelledError, type JobRunner, type Lane } from './lint-pool.js';
import type { Finding, LintOutcome } from './findings.js';
import { editsBetween, toDiagnostic, toRange } from './convert.js';
import { hiddenNotice, hiddenOf, limitProblems, type Hidden } from './problem-limit.js';
import { encodedList, type EncodedDiagnostic } from './encoded-diagnostics.js';
import { buildCodeActions, buildFixAllAction, FIX_ALL_KIND, type ActionTarget } from './actions.js';
import {
  COMMANDS,
  ErrorNotification,
  StatusNotification,
  TimingsNotification,
  type ApplyFixAllResult,
  type LintWorkspaceResult,
} from './protocol.js';
import { lintWorkspace } from './workspace-lint.js';
import { ChangeLog } from './text-sync.js';
import { OpenDocument } from './open-document.js';

/** Documents longer than this (UTF-16 units) lint in the lane for large documents. */
export const BIG_DOCUMENT = 100_000;
/**
 * Documents longer than this are not linted at all; one diagnostic says so. A first lint takes
 * a second or two per megabyte and its findings run to thousands: past this size no note is
 * being written, and the editor would only be kept busy.
 */
export const MAX_DOCUMENT = 2_000_000;

/** The last lint published for an open document. */
interface Published {
  version: number;
  outcome: LintOutcome;
}

/** What the client said it can do, as far as this server cares. */
interface ClientSupport {
  pullConfiguration: boolean;
  dynamicConfiguration: boolean;
  dynamicWatchedFiles: boolean;
  versionedEdits: boolean;
  showDocument: boolean;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A diagnostic at the top of the document about the linter itself, not the writing. */
function notice(message: string, severity: DiagnosticSeverity, code: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity, code, source: SOURCE, message };
}

/** The notice that findings past `followupLint.maxProblems` are not shown, at the first of them. */
function hiddenDiagnostic(document: TextDocument, hidden: Hidden, max: number): Diagnostic {
  return { ...notice(hiddenNotice(hidden.count, max), DiagnosticSeverity.Information, 'too-many-findings'), range: toRange(document, hidden.start, hidden.end) };
}

/** The diagnostics a document shows of `findings`: at most `max` (see problem-limit.ts), and the notice for the rest. */
function shownDiagnostics(document: TextDocument, findings: readonly Finding[], max: number): Diagnostic[] {
  const limited = limitProblems(findings, max);
  const diagnostics = limited.shown.map((f) => toDiagnostic(document, f));
  const hidden = hiddenOf(limited);
  if (hidden) diagnostics.push(hiddenDiagnostic(document, hidden, max));
  return diagnostics;
}

/** How the server runs, besides its connection and lint runner. */
export interface ServerOptions {
  /** Send a `followupLint/timings` notification after each lint of an open document. */
  timings?: boolean;
}

/** Wire the server onto a connection. `runner` lints (in worker threads in production). */
export function startServer(connection: Connection, runner: JobRunner, options: ServerOptions = {}): void {
  // What each change kept of a document's text, so its lint worker is sent only the change.
  const changes = new ChangeLog();
  const documents = new TextDocuments({
    create: (uri, languageId, version, text) => changes.create(uri, languageId, version, text, OpenDocument.create),
    update: (document, contentChanges, version) => changes.update(document, contentChanges, version, OpenDocument.update),
  });
  const configs = new ConfigStore();
  const published = new Map<string, Published>();
  const timers = new Map<string, () => void>();
  /** The lint under way per document, so a code action for that version waits for it. */
  const inflight = new Map<string, { version: number; outcome: Promise<LintOutcome | undefined> }>();
  const settingsCache = new Map<string, Promise<SettingsReading>>();
  const shownErrors = new Set<string>();
  const knownRules = new Set(RULE_IDS);
  let pushedSettings: unknown;
  let folders: WorkspaceFolder[] = [];
  let support: ClientSupport = {
    pullConfiguration: false,
    dynamicConfiguration: false,
    dynamicWatchedFiles: false,
    versionedEdits: false,
    showDocument: false,
  };

  /** Log a problem, and tell the client once per distinct message. */
  const reportError = (message: string, error?: unknown): void => {
    const detail = error instanceof Error && error.stack ? `\n${error.stack}` : '';
    connection.console.error(`${message}${detail}`);
    if (shownErrors.has(message)) return;
    // Bounded: a long session of distinct failures must not grow memory without end.
    if (shownErrors.size >= 500) shownErrors.clear();
    shownErrors.add(message);
    void connection.sendNotification(ErrorNotification, { message }).catch(() => undefined);
  };

  /** Run a handler so that anything it throws is logged and answered, never fatal. */
  const guard = <A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R | Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await handler(...args);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        reportError(`followup-lint: ${name} failed: ${describe(error)}`, error);
        return fallback;
      }
    };

  // ---- settings and configuration -------------------------------------------------------

  const settingsFor = (uri: string): Promise<SettingsReading> => {
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = (async (): Promise<SettingsReading> => {
        let raw: unknown = (pushedSettings as Record<string, unknown> | undefined)?.['followupLint'];
        if (support.pullConfiguration) {
          try {
            raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'followupLint' });
          } catch (error) {
            reportError(`followup-lint: the editor settings could not be read (${describe(error)}); using defaults.`);
            raw = undefined;
          }
        }
        const reading = readSettings(raw);
        for (const problem of reading.problems) reportError(problem);
        return reading;
      })();
      settingsCache.set(uri, cached);
    }
    return cached;
  };

  /** The workspace folder holding a URI (the deepest), else the first folder. */
  const folderPathFor = (uri: string): string | undefined => {
    const owner = folders
      .filter((f) => uri === f.uri || uri.startsWith(f.uri.endsWith('/') ? f.uri : `${f.uri}/`))
      .sort((a, b) => b.uri.length - a.uri.length)[0];
    const chosen = owner ?? folders[0];
    return chosen ? uriToPath(chosen.uri) : undefined;
  };

  const configFor = (uri: string, reading: SettingsReading): DocumentConfig => configs.forDocument(uri, reading.config, folderPathFor(uri));

  // ---- linting ------------------------------------------------------------------------------

  const laneFor = (length: number): Lane => (length > BIG_DOCUMENT ? 'big' : 'fast');
  const LANES: readonly Lane[] = ['fast', 'big'];

  const clear = (uri: string): void => {
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  };

  /** Lint the current version of an open document and publish, unless a newer version came. */
  const lintDocument = async (uri: string): Promise<void> => {
    const began = performance.now();
    const live = documents.get(uri);
    if (!live) return;
    const version = live.version;
    const text = live.getText();
    const reading = await settingsFor(uri);
    if (!reading.settings.enable || !reading.settings.languages.includes(live.languageId)) {
      runner.cancel(uri);
      clear(uri);
      return;
    }
    const { config, problem } = configFor(uri, reading);
    const extra: Diagnostic[] = [];
    if (problem) {
      reportError(problem);
      extra.push(notice(`${problem} (the last good configuration is used until it is fixed)`, DiagnosticSeverity.Warning, 'config'));
    }
    if (config.ignored) {
      runner.cancel(uri);
      published.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: extra });
      return;
    }
    if (text.length > MAX_DOCUMENT) {
      // Whatever an earlier, smaller version started is of no use now.
      runner.cancel(uri);
      const message = `This document is too large to lint (${text.length} characters; the limit is ${MAX_DOCUMENT}).`;
      void connection.sendDiagnostics({ uri, version, diagnostics: [...extra, notice(message, DiagnosticSeverity.Information, 'too-large')] });
      return;
    }
    // A newer version supersedes whatever is still queued (or, for big documents, running).
    runner.cancel(uri);
    let outcome: LintOutcome;
    const running = runner.run(
      {
        kind: 'lint',
        text,
        resolved: config.resolved,
        filePath: uriToPath(uri),
        document: uri,
        version,
        session: changes.sessionOf(uri),
        maxProblems: reading.settings.maxProblems,
      },
      laneFor(text.length),
      uri,
      { kept: (from, to) => changes.keptBetween(uri, from, to), text: live.snapshot() },
    );
    const entry = { version, outcome: running.catch(() => undefined) };
    inflight.set(uri, entry);
    try {
      outcome = await running;
    } catch (error) {
      if (error instanceof CancelledError) return;
      if (documents.get(uri)?.version !== version) return;
      const message = `followup-lint could not lint this document: ${describe(error)}`;
      reportError(message, error);
      published.delete(uri);
      void connection.sendDiagnostics({ uri, version, diagnostics: [...extra, notice(message, DiagnosticSeverity.Error, 'internal-error')] });
      return;
    } finally {
      if (inflight.get(uri) === entry) inflight.delete(uri);
    }
    // Results for an older version are never shown. The open document is then the very text
    // linted, and its line offsets are kept up to date edit by edit: positions come from it
    // rather than from a copy that would index a long document's lines again.
    const current = documents.get(uri);
    if (current?.version !== version) return;
    for (const failure of outcome.ruleFailures) reportError(`followup-lint: rule ${failure.ruleId} failed and was skipped: ${failure.message}`);
    // Diagnostics the worker wrote go out as they are (see encoded-diagnostics.ts); the outcome
    // is kept for code actions without them.
    const { encoded, ...withoutBytes } = outcome;
    published.set(uri, { version, outcome: withoutBytes });
    const max = reading.settings.maxProblems;
    // The worker limited what it encoded, and says what it left out.
    const made: Array<Diagnostic | EncodedDiagnostic> = encoded ? encodedList(encoded) : shownDiagnostics(current, outcome.findings, max);
    if (encoded && outcome.hidden) made.push(hiddenDiagnostic(current, outcome.hidden, max));
    // An encoded diagnostic serialises as the diagnostic it holds, whatever writes the message.
    const diagnostics = [...extra, ...made] as Diagnostic[];
    void connection.sendDiagnostics({ uri, version, diagnostics });
    if (options.timings) void connection.sendNotification(TimingsNotification, { uri, version, serverMs: performance.now() - began, ...outcome.timings });
    void connection.sendNotification(StatusNotification, { uri, version, ...outcome.stats });
  };

  const runLint = (uri: string): void => {
    timers.delete(uri);
    void guard('linting', undefined, lintDocument)(uri);
  };

  /** Lint after `delay` ms, restarting the wait if the document changes again meanwhile. */
  const schedule = (uri: string, delay: number): void => {
    timers.get(uri)?.();
    // No debounce means the next turn of the event loop, not a timer's minimum of 1 ms.
    if (delay <= 0) {
      const handle = setImmediate(runLint, uri);
      timers.set(uri, () => clearImmediate(handle));
    } else {
      const handle = setTimeout(runLint, delay, uri);
      timers.set(uri, () => clearTimeout(handle));
    }
  };

  const relintOpen = (): void => {
    for (const document of documents.all()) schedule(document.uri, 0);
  };

  // ---- lifecycle ------------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    support = {
      pullConfiguration: caps.workspace?.configuration === true,
      dynamicConfiguration: caps.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      dynamicWatchedFiles: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      versionedEdits: caps.workspace?.workspaceEdit?.documentChanges === true,
      showDocument: caps.window?.showDocument?.support === true,
    };
    pushedSettings = params.initializationOptions;
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(params.rootUri) }] : []);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'followup-lint-server' },
    };
  });

  connection.onInitialized(() => {
    if (support.dynamicConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'followupLint' }).catch(() => undefined);
    }
    if (support.dynamicWatchedFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.followuplintrc.json' }, { globPattern: '**/package.json' }],
        })
        .catch(() => undefined);
    }
    if (folders.length > 0) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f.uri)), ...event.added];
        settingsCache.clear();
        relintOpen();
      });
    }
  });

  // ---- documents ------------------------------------------------------------------------------

  const justOpened = new Set<string>();
  documents.onDidOpen((event) => justOpened.add(event.document.uri));
  documents.onDidChangeContent(
    guard('a document change', undefined, async (event) => {
      const { uri } = event.document;
      // A note is linted at once when opened; edits wait for the debounce.
      if (justOpened.delete(uri)) return schedule(uri, 0);
      const { settings } = await settingsFor(uri);
      if (settings.run === 'onType') schedule(uri, settings.debounce);
    }),
  );
  documents.onDidSave(
    guard('a save', undefined, async (event) => {
      const { settings } = await settingsFor(event.document.uri);
      if (settings.run === 'onSave') schedule(event.document.uri, 0);
    }),
  );
  documents.onDidClose((event) => {
    const { uri } = event.document;
    timers.get(uri)?.();
    timers.delete(uri);
    justOpened.delete(uri);
    inflight.delete(uri);
    changes.forget(uri);
    runner.cancel(uri);
    // The workers let the document go too: each keeps a closed document's parsed sections and
    // text otherwise, about 50 MB for a 1 MB document, until sixteen other documents push it out.
    for (const lane of LANES) runner.run({ kind: 'forget', document: uri }, lane).catch(() => undefined);
    configs.forget(uri);
    settingsCache.delete(uri);
    clear(uri);
  });

  // ---- configuration changes ----------------------------------------------------------------

  connection.onDidChangeConfiguration(
    guard('a settings change', undefined, (params) => {
      const settings = params.settings as Record<string, unknown> | null | undefined;
      if (settings && typeof settings === 'object' && 'followupLint' in settings) pushedSettings = settings;
      settingsCache.clear();
      shownErrors.clear();
      relintOpen();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('a file change', undefined, (params) => {
      const touchesConfig = params.changes.some((c) => /(?:^|\/)(?:\.followuplintrc\.json|package\.json)$/.test(c.uri));
      if (!touchesConfig) return;
      configs.clear();
      shownErrors.clear();
      relintOpen();
    }),
  );

  // ---- code actions -----------------------------------------------------------------------------

  const lintOutcomeFor = async (snapshot: TextDocument): Promise<LintOutcome | undefined> => {
    const last = published.get(snapshot.uri);
    if (last && last.version === snapshot.version) return last.outcome;
    // A lint of this very version is under way (the writer just typed): share it.
    const running = inflight.get(snapshot.uri);
    if (running && running.version === snapshot.version) {
      const outcome = await running.outcome;
      if (outcome) return outcome;
    }
    const reading = await settingsFor(snapshot.uri);
    if (!reading.settings.enable || !reading.settings.languages.includes(snapshot.languageId)) return undefined;
    const { config } = configFor(snapshot.uri, reading);
    if (config.ignored || snapshot.getText().length > MAX_DOCUMENT) return undefined;
    const text = snapshot.getText();
    return runner.run({ kind: 'lint', text, resolved: config.resolved, filePath: uriToPath(snapshot.uri) }, laneFor(text.length));
  };

  /**
   * The findings of `outcome` that touch `from`..`to`, each with its fixes. An open document's
   * lint keeps its findings in the worker that made it, which is asked for these ones only.
   */
  const findingsAt = async (snapshot: TextDocument, outcome: LintOutcome, from: number, to: number): Promise<Finding[]> => {
    const touches = (start: number, end: number): boolean => start <= to && end >= from;
    const { kept, spans } = outcome;
    if (!kept || !spans) return outcome.findings.filter((f) => touches(f.start, f.end));
    const indices: number[] = [];
    const expect: Array<{ start: number; end: number }> = [];
    for (let i = 0; i < spans.length; i += 2) {
      if (touches(spans[i]!, spans[i + 1]!)) {
        indices.push(i / 2);
        expect.push({ start: spans[i]!, end: spans[i + 1]! });
      }
    }
    if (indices.length === 0) return [];
    const reading = await settingsFor(snapshot.uri);
    const { config } = configFor(snapshot.uri, reading);
    const text = snapshot.getText();
    const found = await runner.run({ kind: 'findings', kept, indices, expect, text, resolved: config.resolved, filePath: uriToPath(snapshot.uri) }, laneFor(text.length));
    return found.filter((f): f is Finding => f !== null);
  };

  /** The safe-fix edits for a snapshot, as `--fix` would apply them. */
  const fixAllEdits = async (snapshot: TextDocument): Promise<{ edits: ReturnType<typeof editsBetween>; fixed: number } | undefined> => {
    const reading = await settingsFor(snapshot.uri);
    if (!reading.settings.enable) return undefined;
    const { config } = configFor(snapshot.uri, reading);
    const text = snapshot.getText();
    if (config.ignored || text.length > MAX_DOCUMENT) return undefined;
    const { output, fixed } = await runner.run({ kind: 'fix', text, resolved: config.resolved, filePath: uriToPath(snapshot.uri) }, laneFor(text.length));
    return { edits: editsBetween(text, output), fixed };
  };

  const wants = (only: string[] | undefined, kind: string): boolean =>
    only === undefined || only.some((o) => kind === o || kind.startsWith(`${o}.`));

  connection.onCodeAction(
    guard('code actions', [] as CodeAction[], async (params: CodeActionParams, token?: CancellationToken): Promise<CodeAction[]> => {
      const live = documents.get(params.textDocument.uri);
      if (!live) return [];
      // Everything below is computed for this version; its edits name it.
      const snapshot = live.copy();
      const only = params.context.only;
      const actions: CodeAction[] = [];

      if (wants(only, CodeActionKind.QuickFix)) {
        const outcome = await lintOutcomeFor(snapshot);
        const from = snapshot.offsetAt(params.range.start);
        const to = snapshot.offsetAt(params.range.end);
        const findings = outcome ? await findingsAt(snapshot, outcome, from, to) : [];
        if (findings.length > 0) {
          const text = snapshot.getText();
          const anchors = await runner.run({ kind: 'anchors', text, kept: outcome?.kept, offsets: findings.map((f) => f.start) }, laneFor(text.length));
          const targets: ActionTarget[] = findings.map((finding, i) => ({
            finding,
            diagnostic: toDiagnostic(snapshot, finding),
            anchor: anchors.ignore[i] ?? undefined,
          }));
          actions.push(...buildCodeActions({ document: snapshot, targets, fileAnchor: anchors.file, versioned: support.versionedEdits, knownRules }));
        }
      }
      // Fix-all costs a lint per pass, so it is computed only when asked for by kind, and
      // not at all once the editor has withdrawn the request.
      if (only !== undefined && wants(only, FIX_ALL_KIND)) {
        if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
        const fix = await fixAllEdits(snapshot);
        const action = fix && buildFixAllAction(snapshot, fix.edits, support.versionedEdits);
        if (action) actions.push(action);
      }
      return actions;
    }),
  );

  // ---- commands -----------------------------------------------------------------------------

  const applyFixAll = async (uri: unknown, version: unknown): Promise<ApplyFixAllResult> => {
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, `${COMMANDS.applyFixAll} takes [uri, version]`);
    const live = documents.get(uri);
    if (!live) return { applied: false, fixed: 0, reason: 'The document is not open.' };
    if (typeof version === 'number' && version !== live.version) {
      return { applied: false, fixed: 0, reason: `The document changed since version ${version}; nothing was applied.` };
    }
    const snapshot = live.copy();
    const fix = await fixAllEdits(snapshot);
    if (!fix || fix.edits.length === 0) return { applied: false, fixed: 0, reason: 'Nothing to fix.' };
    if (documents.get(uri)?.version !== snapshot.version) {
      return { applied: false, fixed: 0, reason: `The document changed while fixing; nothing was applied.` };
    }
    const action = buildFixAllAction(snapshot, fix.edits, support.versionedEdits)!;
    const response = await connection.workspace.applyEdit({ label: action.title, edit: action.edit! });
    return response.applied
      ? { applied: true, fixed: fix.fixed }
      : { applied: false, fixed: 0, reason: response.failureReason ?? 'The editor refused the edit.' };
  };

  const openRuleDocs = async (ruleId: unknown): Promise<{ uri: string }> => {
    if (typeof ruleId !== 'string' || !knownRules.has(ruleId)) {
      throw new ResponseError(ErrorCodes.InvalidParams, `${COMMANDS.openRuleDocs} takes a rule id, one of: ${RULE_IDS.join(', ')}`);
    }
    const uri = docsUrl(ruleId);
    if (support.showDocument) await connection.window.showDocument({ uri, external: true });
    else connection.window.showInformationMessage(`Documentation for ${ruleId}: ${uri}`);
    return { uri };
  };

  const lintAll = (): Promise<LintWorkspaceResult> =>
    lintWorkspace({
      folders: folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined),
      isOpen: (uri) => documents.get(uri) !== undefined,
      settingsFor,
      configFor,
      lint: (text, resolved, filePath) => runner.run({ kind: 'lint', text, resolved, filePath }, laneFor(text.length)),
      publish: (uri, findings, text, max) => {
        const snapshot = TextDocument.create(uri, 'markdown', 0, text);
        void connection.sendDiagnostics({ uri, diagnostics: shownDiagnostics(snapshot, findings, max) });
      },
      reportError,
    });

  connection.onExecuteCommand(
    guard('a command', null as unknown, async (params) => {
      const args = params.arguments ?? [];
      switch (params.command) {
        case COMMANDS.applyFixAll:
          return applyFixAll(args[0], args[1]);
        case COMMANDS.lintWorkspace:
          return lintAll();
        case COMMANDS.openRuleDocs:
          return openRuleDocs(args[0]);
        default:
          throw new ResponseError(ErrorCodes.InvalidParams, `Unknown command ${params.command}`);
      }
    }),
  );

  connection.onShutdown(() => {
    for (const cancel of timers.values()) cancel();
    timers.clear();
    runner.dispose();
  });

  // An edit for a version no newer than the text held is a client's mistake (a late or
  // replayed notification): applying it would roll the text back and lint a version the
  // editor has already replaced, so it is logged and dropped.
  const documentEvents: Parameters<typeof documents.listen>[0] = {
    onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(handler),
    onDidChangeTextDocument: (handler) =>
      connection.onDidChangeTextDocument((params) => {
        const { uri, version } = params.textDocument;
        const held = documents.get(uri);
        if (held && typeof version === 'number' && version <= held.version) {
          connection.console.warn(`followup-lint: ignored an edit to ${uri} for version ${version}; version ${held.version} is already held.`);
          return;
        }
        return handler(params);
      }),
    onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(handler),
    onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
    onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
    onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(handler),
  };
  documents.listen(documentEvents);
}
