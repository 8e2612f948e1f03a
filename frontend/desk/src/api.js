// Calls to the desk's API. The session token comes from the address the desk printed
// and goes with every call in a header (never in a cookie, so no other site can borrow it).

const token = new URLSearchParams(window.location.search).get("token") ?? "";

export class ApiError extends Error {
  /** @param {string} message @param {number} status @param {unknown} [data] */
  constructor(message, status, data) {
    super(message);
    this.status = status;
    this.data = data;
  }
}

/**
 * One call; resolves to the answer's JSON, rejects with an ApiError carrying the desk's
 * own one-line explanation.
 * @param {"GET"|"POST"|"PUT"} method
 * @param {string} path
 * @param {unknown} [body]
 */
export async function call(method, path, body) {
  const headers = { "X-Smartbrev-Token": token };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
    });
  } catch {
    throw new ApiError("the desk is not answering; is `smartbrev desk` still running?", 0);
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const message = data && typeof data.error === "string" ? data.error : `the desk answered ${response.status}`;
    throw new ApiError(message, response.status, data);
  }
  return data;
}

export const hasToken = () => token !== "";
