/** The operator's command line: serve, migrate, import, channels, users. */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openContext, type AppContext } from '../app-context.js';
import {
  activeChannels,
  findChannel,
  importChannels,
  markForged,
  replaceChannel,
  retireChannel,
  upsertChannel,
} from '../channels/channels.js';
import { renderPosters } from '../channels/poster.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { AppError } from '../errors.js';
import { CsvError } from '../import/csv.js';
import { holidayImportProblem, importHolidays } from '../deadlines/holidays.js';
import { translate } from '../i18n/catalog.js';
import { createLogger } from '../log/logger.js';
import { importUnits } from '../org/units.js';
import { roles } from '../staff/users.js';
import { createAccount, resetSecondFactor, setDisabled, updateUser } from '../staff/accounts.js';
import { auditHead, formatHead, verifyAudit } from '../audit/audit-log.js';
import { confirmWithRecovery, initRecovery } from '../keys/confirm.js';
import { serve } from './serve.js';

type Command = {
  usage: string;
  help: string;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  run: (
    ctx: AppContext,
    args: { values: Record<string, string | boolean | undefined>; positionals: string[] },
  ) => Promise<void>;
};

const commands: Record<string, Command> = {
  migrate: {
    usage: 'peluit migrate',
    help: 'Brings the database schema up to date (also done by every other command).',
    run: async () => console.error('The database schema is up to date.'),
  },
  'import units': {
    usage: 'peluit import units FILE',
    help: 'Adds or updates units from a CSV file with the columns code,name,type,parent,time_zone,has_propam.',
    run: async (ctx, { positionals }) => {
      const file = requireArg(positionals[0], 'FILE');
      const count = await importUnits(ctx.db, fs.readFileSync(file, 'utf8'), (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${Math.round((done / total) * 100)}%`);
      });
      console.error(`\rImported ${count} units.`);
    },
  },
  'import holidays': {
    usage: 'peluit import holidays FILE',
    help: 'Adds or renames national holidays from a CSV file with the columns date,name (dates as YYYY-MM-DD). Working-day deadlines skip them.',
    run: async (ctx, { positionals }) => {
      const text = fs.readFileSync(requireArg(positionals[0], 'FILE'), 'utf8');
      const count = await importHolidays(ctx.db, text).catch((error: unknown) => {
        const problem = holidayImportProblem(error);
        throw problem ? new CsvError(problem.line, translate('en', problem.problem)) : error;
      });
      console.error(`Imported ${count} holidays.`);
    },
  },
  'import channels': {
    usage: 'peluit import channels FILE',
    help: 'Adds or updates QR channels from a CSV file with the columns code,unit,place,form.',
    run: async (ctx, { positionals }) => {
      const count = await importChannels(
        ctx.db,
        fs.readFileSync(requireArg(positionals[0], 'FILE'), 'utf8'),
      );
      console.error(`Imported ${count} channels.`);
    },
  },
  'channel add': {
    usage:
      'peluit channel add --unit UNIT --code CODE --place PLACE --form full|quick|appreciation',
    help: 'Creates a QR channel (or updates the one with that code).',
    options: {
      unit: { type: 'string' },
      code: { type: 'string' },
      place: { type: 'string' },
      form: { type: 'string' },
    },
    run: async (ctx, { values }) => {
      const channel = await upsertChannel(ctx.db, {
        unit: requireArg(values.unit, '--unit'),
        code: requireArg(values.code, '--code'),
        place: requireArg(values.place, '--place'),
        form: requireArg(values.form, '--form') as 'full',
        note: typeof values.note === 'string' ? values.note : undefined,
      });
      console.error(`Channel ${channel.code} is ready: ${ctx.config.publicUrl}/q/${channel.code}`);
    },
  },
  'channel retire': {
    usage: 'peluit channel retire CODE',
    help: 'Retires a channel: its address then answers that it is no longer in use.',
    run: async (ctx, { positionals }) => {
      await retireChannel(ctx.db, requireArg(positionals[0], 'CODE'));
      console.error(`Channel ${positionals[0]} is retired.`);
    },
  },
  'channel replace': {
    usage: 'peluit channel replace OLD --code NEW',
    help: 'Replaces a damaged or forged code: a new channel for the same place, the old one retired.',
    options: { code: { type: 'string' } },
    run: async (ctx, { positionals, values }) => {
      const created = await replaceChannel(
        ctx.db,
        requireArg(positionals[0], 'OLD'),
        requireArg(values.code, '--code'),
      );
      console.error(
        `${positionals[0]} is retired; ${created.code} replaces it: ${ctx.config.publicUrl}/q/${created.code}`,
      );
    },
  },
  'channel forged': {
    usage: 'peluit channel forged CODE [--undo]',
    help: 'Marks a channel as reported forged: its page warns every visitor. --undo clears the mark.',
    options: { undo: { type: 'boolean' } },
    run: async (ctx, { positionals, values }) => {
      const code = requireArg(positionals[0], 'CODE');
      await markForged(ctx.db, code, values.undo !== true);
      console.error(
        values.undo
          ? `${code} is no longer marked forged.`
          : `${code} is marked as reported forged.`,
      );
    },
  },
  poster: {
    usage:
      'peluit poster (--channel CODE | --unit CODE) [--size a4|a5] [--lang id|en] --out FILE.pdf',
    help: 'Prints the poster of a channel, or of every active channel of a unit (one page each). A4 unless --size a5.',
    options: {
      channel: { type: 'string' },
      unit: { type: 'string' },
      size: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
    },
    run: async (ctx, { values }) => {
      const out = requireArg(values.out, '--out');
      const size = values.size === undefined ? 'a4' : values.size;
      if (size !== 'a4' && size !== 'a5') throw new UsageError('--size is a4 or a5');
      const lang = values.lang === undefined ? 'id' : values.lang;
      if (lang !== 'id' && lang !== 'en') throw new UsageError('--lang is id or en');
      const channels = await postersFor(ctx, values.channel, values.unit);
      fs.writeFileSync(
        out,
        await renderPosters(channels, { size, lang, publicUrl: ctx.config.publicUrl }),
      );
      console.error(
        `Wrote ${channels.length} poster page(s) to ${out} (${size.toUpperCase()}, QR codes for ${ctx.config.publicUrl}).`,
      );
    },
  },
  'user add': {
    usage: `peluit user add --username U --unit UNIT --role ${roles.join('|')} [--email E] [--temporary]  (password on standard input)`,
    help: 'Creates a staff account. The initial password is read from standard input, never from the command line. With --temporary the owner must replace it at the first log-in, and gets a key pair only then (use it when the password is not their own).',
    options: {
      username: { type: 'string' },
      unit: { type: 'string' },
      role: { type: 'string' },
      email: { type: 'string' },
      temporary: { type: 'boolean' },
    },
    run: async (ctx, { values }) => {
      const password = (await readStdin()).replace(/\r?\n$/, '');
      const user = await createAccount(
        ctx,
        'operator',
        {
          username: requireArg(values.username, '--username'),
          unit: requireArg(values.unit, '--unit'),
          role: requireArg(values.role, '--role'),
          email: typeof values.email === 'string' ? values.email : undefined,
          password,
        },
        { temporary: values.temporary === true },
      );
      console.error(`User ${user.username} (${user.role}) created.`);
    },
  },
  'user set': {
    usage: `peluit user set USERNAME [--role ${roles.join('|')}] [--unit UNIT] [--email E]`,
    help: "Changes an account's role, unit or e-mail (--email '' removes it). A new role or unit removes its access to the old unit's cases and assignments and ends its sessions; a reader of the new unit must confirm it again.",
    options: { role: { type: 'string' }, unit: { type: 'string' }, email: { type: 'string' } },
    run: async (ctx, { positionals, values }) => {
      const username = requireArg(positionals[0], 'USERNAME');
      const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
      if (!text('role') && !text('unit') && text('email') === undefined)
        throw new UsageError('give --role, --unit or --email');
      const result = await updateUser(ctx, 'operator', username, {
        role: text('role'),
        unit: text('unit'),
        email: text('email'),
      });
      console.error(
        result.moved
          ? `${result.user.username} is now ${result.user.role}: ${result.revoked} case key(s) removed, ${result.unassigned} assignment(s) released; a reader of the new unit must confirm them.`
          : `${result.user.username} is updated.`,
      );
    },
  },
  'user disable': {
    usage: 'peluit user disable USERNAME [--undo]',
    help: 'Disables an account: its sessions end and it can no longer log in. --undo enables it again (a reader then needs a fresh confirmation).',
    options: { undo: { type: 'boolean' } },
    run: async (ctx, { positionals, values }) => {
      const username = requireArg(positionals[0], 'USERNAME');
      const user = await setDisabled(ctx, 'operator', username, values.undo !== true);
      console.error(
        user.disabled_at ? `${user.username} is disabled.` : `${user.username} is enabled again.`,
      );
    },
  },
  'user reset-factor': {
    usage: 'peluit user reset-factor USERNAME',
    help: 'Removes the second factor and recovery codes of an account (a lost phone): its sessions end and its next log-in enrols a new authenticator.',
    run: async (ctx, { positionals }) => {
      const user = await resetSecondFactor(ctx, 'operator', requireArg(positionals[0], 'USERNAME'));
      console.error(`${user.username} enrols a new second factor at the next log-in.`);
    },
  },
  'keys init-recovery': {
    usage: 'peluit keys init-recovery --out recovery-key.txt  (or: > recovery-key.txt)',
    help: 'Creates the recovery key pair, once. Writes the private half to --out (a new file, never over an existing one) or alone on standard output: keep it offline. Only the public half is stored.',
    options: { out: { type: 'string' } },
    run: async (ctx, { values }) => {
      const out = typeof values.out === 'string' ? values.out : undefined;
      // A file that exists may hold the key of an earlier run: it is never overwritten.
      if (out && fs.existsSync(out))
        throw new UsageError(
          `${out} exists already; it may hold the recovery key. Choose another file.`,
        );
      const privateKey = await initRecovery(ctx);
      if (out) fs.writeFileSync(out, `${privateKey}\n`, { mode: 0o600, flag: 'wx' });
      else process.stdout.write(`${privateKey}\n`);
      console.error(
        'The line on standard output is the recovery private key. Keep it offline (printed, in a safe);\n' +
          'it opens every case, and it is the only way to confirm the first reader. It is not stored anywhere.',
      );
    },
  },
  'keys grant': {
    usage: 'peluit keys grant --username U < recovery-key.txt',
    help: "Confirms reader U with the recovery key (read from standard input) and gives U the keys of the cases of U's unit.",
    options: { username: { type: 'string' } },
    run: async (ctx, { values }) => {
      const username = requireArg(values.username, '--username');
      const result = await confirmWithRecovery(ctx, await readStdin('Recovery key'), username);
      console.error(
        `${result.username} is confirmed: ${result.granted} case(s) granted` +
          (result.missing ? `, ${result.missing} not sealed to the recovery key` : '') +
          '.',
      );
    },
  },
  'audit verify': {
    usage: 'peluit audit verify [--head ID:HASH]',
    help: 'Checks every entry of the audit log against its keyed hash. With --head (as `audit head` printed it earlier), also catches a log cut short.',
    options: { head: { type: 'string' } },
    run: async (ctx, { values }) => {
      const result = await verifyAudit(
        ctx.db,
        ctx.secrets.auditKey,
        typeof values.head === 'string' ? values.head : undefined,
      );
      if (!result.ok) throw new VerifyError(`The audit log is NOT intact: ${result.problem}.`);
      print(`The audit log is intact: ${result.entries} entries, head ${formatHead(result.head)}`);
    },
  },
  'audit head': {
    usage: 'peluit audit head',
    help: 'Prints the newest entry of the audit log as ID:HASH. Keep copies elsewhere: `audit verify --head` then catches a truncated log.',
    run: async (ctx) => {
      print(formatHead(await auditHead(ctx.db)));
    },
  },
};

class VerifyError extends Error {}

/** Output meant for standard output (help, results to keep); guidance goes to stderr. */
function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

async function postersFor(
  ctx: AppContext,
  channel: string | boolean | undefined,
  unit: string | boolean | undefined,
) {
  if (typeof channel === 'string') {
    const found = await findChannel(ctx.db, channel);
    if (!found || found.state === 'retired') throw new UsageError(`no active channel ${channel}`);
    return [{ code: found.code, place: found.place, form: found.form, unitName: found.unit.name }];
  }
  if (typeof unit !== 'string') throw new UsageError('give --channel CODE or --unit CODE');
  const found = await ctx.db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('code', '=', unit.toUpperCase())
    .executeTakeFirst();
  if (!found) throw new UsageError(`no unit ${unit}`);
  const channels = await activeChannels(ctx.db, found.id);
  if (channels.length === 0) throw new UsageError(`unit ${unit} has no active channel`);
  return channels.map((c) => ({
    code: c.code,
    place: c.place,
    form: c.form,
    unitName: found.name,
  }));
}

function requireArg(value: string | boolean | undefined, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`missing ${name}`);
  return value;
}

class UsageError extends Error {}

async function readStdin(prompt = 'Password'): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(`${prompt} (then Enter): `);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && chunk.includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

function generalHelp(): string {
  return [
    'Usage: peluit COMMAND [options]',
    '',
    '  peluit serve            Runs the web server (what `npm start` does).',
    ...Object.values(commands).map((c) => `  ${c.usage}\n      ${c.help}`),
    '',
    'Every command takes --help. Settings come from the environment; see the README.',
  ].join('\n');
}

function describe(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof VerifyError) return error.message;
  if (error instanceof CsvError) return `Import refused, nothing was changed. ${error.message}`;
  if (error instanceof AppError) {
    const fields = error.fields
      ? ` (${Object.entries(error.fields)
          .map(([f, k]) => `${f}: ${translate('en', k)}`)
          .join('; ')})`
      : '';
    return `${error.options.detail ?? translate('en', error.messageKey)}${fields}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function main(argv: string[]): Promise<number> {
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const words = argv.filter((a) => !a.startsWith('-'));
  if (argv.length === 0 || (wantsHelp && words.length === 0)) {
    print(generalHelp());
    return argv.length === 0 ? 1 : 0;
  }
  if (words[0] === 'serve') {
    if (wantsHelp) {
      print(
        'Usage: peluit serve\n  Runs the web server. Settings: PORT, HOST, PUBLIC_URL, DATA_DIR, DATABASE_URL, SECRETS_DIR, DEMO, LOG_LEVEL, TRUST_PROXY.',
      );
      return 0;
    }
    await serve(loadConfig());
    return 0;
  }

  const name = [`${words[0]} ${words[1]}`, words[0]].find((n) => n && n in commands);
  const command = name ? commands[name] : undefined;
  if (!command || !name) {
    console.error(`Unknown command: ${words.join(' ')}\n\n${generalHelp()}`);
    return 2;
  }
  if (wantsHelp) {
    print(`Usage: ${command.usage}\n  ${command.help}`);
    return 0;
  }

  const rest = argv.slice(argv.indexOf(words[name.split(' ').length - 1]!) + 1);
  const args = parseArgs({
    args: rest,
    options: command.options ?? {},
    allowPositionals: true,
    strict: true,
  });
  const config = loadConfig();
  const ctx = await openContext(
    config,
    createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel),
    `peluit ${name}`,
  );
  try {
    await command.run(ctx, args);
  } finally {
    await ctx.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`peluit: ${describe(error)}`);
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    )
      console.error('Run with --help for usage.');
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
