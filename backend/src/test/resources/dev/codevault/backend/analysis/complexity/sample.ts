export class Svc {
  private x?: number;
  load(id: string): number | undefined {
    return id ? this.x ?? 0 : undefined;
  }
}
export function pick(a?: string) {
  for (const k of [1]) { }
}
