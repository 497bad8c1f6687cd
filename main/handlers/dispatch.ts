import type { ZodError } from 'zod';
import { AppError, contract, isChannel, type ApiError, type Result, type SessionAccount } from '../api';
import { hasPermission } from '../api/accounts';
import type { HandlerContext, HandlerMap, RuntimeServices } from './handlers';

/** The one entry point both transports (Electron IPC, loopback HTTP) call. */
export interface Dispatcher {
  invoke(clientId: string, channel: string, input: unknown): Promise<Result<unknown>>;
  /** Drops the login of a client whose window or page went away. */
  forgetClient(clientId: string): void;
}

export function badInput(error: ZodError): ApiError {
  const issue = error.issues[0];
  const path = issue?.path.join('.') ?? '';
  return { code: 'BAD_INPUT', message: issue?.message ?? 'Dữ liệu không hợp lệ.', ...(path ? { path } : {}) };
}

const fail = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

/**
 * Validates every input against the contract, checks the caller's login and permission in main,
 * runs the handler and turns every outcome into a Result. No stack trace ever crosses the boundary.
 */
export function createDispatcher(
  handlers: HandlerMap,
  services: RuntimeServices,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): Dispatcher {
  const sessions = new Map<string, SessionAccount>();

  function contextFor(clientId: string): HandlerContext {
    return {
      ...services,
      account: sessions.get(clientId) ?? null,
      signIn: (account) => void sessions.set(clientId, account),
      signOut: () => void sessions.delete(clientId),
      signOutEveryone: () => sessions.clear(),
    };
  }

  function refusal(access: HandlerMap[keyof HandlerMap]['access'], account: SessionAccount | null): Result<never> | null {
    if (access === 'public') return null;
    if (access === 'recovery' && services.workspace.state === 'damaged') return null;
    if (!account) return fail('UNAUTHENTICATED', 'Phiên làm việc đã hết hoặc chưa đăng nhập. Vui lòng đăng nhập.');
    const permission = access === 'recovery' ? 'backup.manage' : access;
    return hasPermission(account.role, permission) ? null : fail('FORBIDDEN', 'Tài khoản của bạn không có quyền thực hiện thao tác này.');
  }

  async function invoke(clientId: string, channel: string, input: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) return fail('BAD_INPUT', 'Yêu cầu không tồn tại.');
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: badInput(parsed.error) };
    const handler = handlers[channel];
    const context = contextFor(clientId);
    const refused = refusal(handler.access, context.account);
    if (refused) return refused;
    try {
      return { ok: true, value: await handler.run(parsed.data as never, context) };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.path ? { path: error.path } : {}) } };
      }
      log(`Handler ${channel} failed`, error);
      return fail('INTERNAL', 'Đã xảy ra lỗi không mong muốn; thao tác chưa được thực hiện. Vui lòng thử lại.');
    }
  }

  return { invoke, forgetClient: (clientId) => void sessions.delete(clientId) };
}
