/** Netflix's player, `/watch/<id>` with an optional locale: where "Check in" makes sense. */
const NETFLIX_PLAYER = /^https:\/\/www\.netflix\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?watch\/\d+(?:[/?#]|$)/;

export function isPlayerUrl(url: string | undefined): boolean {
  return url !== undefined && NETFLIX_PLAYER.test(url);
}
