/** The registry's answer to a publish, check or other POST: whether it was taken, and why not. */
export interface RegistryAnswer {
  ok: boolean;
  redenen: string[];
  versie?: number | null;
  waarschuwingen?: string[];
}

/** POSTs JSON to the registry with a token, as the command-line client does. */
export async function postToRegistry(registryUrl: string, path: string, body: unknown, token: string): Promise<{ status: number; body: RegistryAnswer }> {
  const response = await fetch(`${registryUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as RegistryAnswer };
}
