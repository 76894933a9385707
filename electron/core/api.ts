// The engine's implementation of the shared Api — the one list of what the app can do — assembled from its areas.
import type { Api } from '../../shared/api';
import type { EngineContext } from './context';
import { briefApi } from './brief/api';
import { followApi } from './follow/api';
import { listenApi } from './listen/api';
import { readApi } from './read/api';
import { sourcesApi } from './sources-api';

export function createApi(context: EngineContext): Api {
  return {
    ...sourcesApi(context),
    ...briefApi(context),
    ...listenApi(context),
    ...followApi(context),
    ...readApi(context),
  };
}
