import { useAccounts } from '../ledger/useBookData';

/** The book's bank accounts (statements go into bank accounts, not a cash box), archived ones left out. */
export function useBankAccounts(bookId: string) {
  const accounts = useAccounts(bookId);
  const bank = (accounts.data ?? []).filter((a) => a.type === 'BANK' && !a.archived);
  return { ...accounts, bank };
}
