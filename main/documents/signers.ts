import type { Signatory } from '../api/ward';
import type { Signature } from './model';
import { upperVietnamese } from './vietnamese';

/** The ward committee's signature: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" for a deputy. */
export function committeeSignature(signer: Signatory | null): Signature {
  const authority = signer?.authority && signer.authority !== 'none' ? signer.authority : 'TM';
  const position = upperVietnamese(signer?.position ?? 'Chủ tịch');
  return authority === 'TM'
    ? { authority: ['TM. ỦY BAN NHÂN DÂN'], position, name: signer?.fullName ?? '' }
    : { authority: ['TM. ỦY BAN NHÂN DÂN', `${authority}. CHỦ TỊCH`], position, name: signer?.fullName ?? '' };
}
