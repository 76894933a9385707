// The follow area's part of the Api: bookmarks, people, forwards and the close-the-loop ledger.
import type { FollowMethods } from '../../../shared/api-follow';
import type { AreaApi, EngineContext } from '../context';
import { bookmarksApi } from './bookmarks';
import { forwardsApi } from './forwards-api';
import { peopleApi } from './people';

export function followApi(ctx: EngineContext): AreaApi<FollowMethods> {
  return { ...bookmarksApi(ctx), ...peopleApi(ctx), ...forwardsApi(ctx) };
}
