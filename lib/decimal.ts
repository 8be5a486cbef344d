// Exact arithmetic on the decimal strings figures are kept in ("5070390000000", "72.19"):
// only what comparing and scaling need, so no number is ever rounded by floating point.

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/;

function parts(value: string) {
  const match = decimalPattern.exec(value.trim());
  if (!match) throw new Error(`Not a decimal number: ${value}`);
  const [, sign, whole, fraction = ""] = match;
  return { negative: sign === "-", whole, fraction };
}

/** The value in units of 10^-scale, as a BigInt (exact for any digits we store). */
function scaled(value: string, scale: number): bigint {
  const { negative, whole, fraction } = parts(value);
  const digits = BigInt(whole + fraction.padEnd(scale, "0").slice(0, scale));
  return negative ? -digits : digits;
}

/** -1, 0 or 1 as a is below, equal to or above b ("4000" vs "3000.0000"). */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const scale = Math.max(parts(a).fraction.length, parts(b).fraction.length);
  const [x, y] = [scaled(a, scale), scaled(b, scale)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The value divided by 10^power, written exactly, without trailing zeros:
 * ("5070390000000", 9) → "5070.39", ("1670000000", 9) → "1.67".
 */
export function shiftDecimal(value: string, power: number): string {
  const { negative, whole, fraction } = parts(value);
  const digits = whole + fraction;
  const point = whole.length - power;
  const padded = point <= 0 ? "0".repeat(1 - point) + digits : digits;
  const at = Math.max(point, 1);
  const intPart = padded.slice(0, at).replace(/^0+(?=\d)/, "");
  const fracPart = padded.slice(at).replace(/0+$/, "");
  const text = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** How many digits a decimal string has after its point, trailing zeros not counted. */
export function fractionDigits(value: string): number {
  return parts(value).fraction.replace(/0+$/, "").length;
}
