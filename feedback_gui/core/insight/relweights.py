"""Johnson's relative weights and their bootstrap, vectorised with numpy.

Johnson (2000), "A heuristic method for estimating the relative weight of predictor variables in
multiple regression", Multivariate Behavioral Research 35(1). With R the predictors' correlation matrix
and r their correlations with the outcome:

1. R = P Λ Pᵀ (eigen-decomposition); Δ = P Λ^½ Pᵀ holds the correlations between the predictors and
   their closest orthogonal counterparts Z.
2. β = Δ⁻¹ r regresses the outcome on Z (Z is orthogonal, so these are also Z's correlations with it).
3. Predictor j's weight is ε_j = Σ_k Δ_jk² β_k². The weights add up to R² = rᵀ R⁻¹ r, the share of the
   outcome's variance the predictors explain together; each is that predictor's share of it.

A (near) singular R — two items answered identically — is handled with the pseudo-inverse: eigenvalues
below 1e-10 of the largest count as zero.

The bootstrap resamples respondents with replacement. Resample b is a vector of counts (how often each
respondent was drawn); weighted means and cross-products give each resample's correlation matrix without
copying the data, and all resamples' weights come from one batched eigen-decomposition.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from feedback_gui.core.progress import ProgressFn, no_progress

_EIGEN_FLOOR = 1e-10
_CHUNK_CELLS = 8_000_000  # resample draws held at once (resamples × respondents)
_BLOCK_CELLS = 4_000_000  # pairwise products of rows held at once (rows × pairs of columns)
_LOOP_ROWS = 50_000  # more respondents than this: cross-products one resample at a time (faster there)


def relative_weights(corr_xx: np.ndarray, corr_xy: np.ndarray) -> np.ndarray:
    """Relative weights from predictor correlations (…, k, k) and predictor-outcome correlations (…, k).

    Works on one problem or a stack of them (leading dimensions); returns weights of shape (…, k).
    """
    values, vectors = np.linalg.eigh(corr_xx)
    largest = np.max(values, axis=-1, keepdims=True)
    keep = values > _EIGEN_FLOOR * np.maximum(largest, _EIGEN_FLOOR)
    root = np.sqrt(np.where(keep, values, 0.0))
    inverse_root = np.where(keep, 1.0 / np.where(keep, root, 1.0), 0.0)
    delta = (vectors * root[..., None, :]) @ np.swapaxes(vectors, -1, -2)
    delta_inverse = (vectors * inverse_root[..., None, :]) @ np.swapaxes(vectors, -1, -2)
    beta = (delta_inverse @ corr_xy[..., None])[..., 0]
    return np.einsum("...jk,...k->...j", delta ** 2, beta ** 2)


def correlations(data: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """The correlation matrix of the columns of ``data`` (n, p), optionally with respondent weights (…, n).

    Returns (p, p), or (…, p, p) for a stack of weight vectors. A column without variance gives NaN.
    """
    centred = data - data.mean(axis=0)  # correlations do not change; the sums stay small
    n, p = centred.shape
    if weights is None:
        weights = np.ones(n)
    stack = weights.reshape(-1, n)
    total = stack.sum(axis=1)[:, None]
    means = (stack @ centred) / total
    cov = _cross_products(centred, stack) / total[:, :, None] - means[:, :, None] * means[:, None, :]
    sd = np.sqrt(np.clip(np.diagonal(cov, axis1=-2, axis2=-1), 0.0, None))
    with np.errstate(invalid="ignore", divide="ignore"):
        corr = np.clip(cov / (sd[:, :, None] * sd[:, None, :]), -1.0, 1.0)
    corr = np.where(sd[:, :, None] * sd[:, None, :] > 0, corr, np.nan)
    return corr.reshape(*weights.shape[:-1], p, p)


def _cross_products(centred: np.ndarray, stack: np.ndarray) -> np.ndarray:
    """Σ_i w_bi x_i x_iᵀ for every weight vector b: (b, p, p).

    Up to :data:`_LOOP_ROWS` rows, one matrix product of the weights with the rows' pairwise products (in
    blocks of rows); above it, one product per weight vector, which BLAS does faster when rows are many.
    """
    n, p = centred.shape
    if n > _LOOP_ROWS:
        return np.stack([(centred.T * w) @ centred for w in stack])
    upper_i, upper_j = np.triu_indices(p)
    upper = np.zeros((stack.shape[0], upper_i.size))
    block = max(1, _BLOCK_CELLS // max(upper_i.size, 1))
    for start in range(0, n, block):
        rows = centred[start:start + block]
        upper += stack[:, start:start + block] @ (rows[:, upper_i] * rows[:, upper_j])
    out = np.zeros((stack.shape[0], p, p))
    out[:, upper_i, upper_j] = upper
    out[:, upper_j, upper_i] = upper
    return out


def weights_from_data(data: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Relative weights of columns 0..k-1 of ``data`` for the outcome in its last column (NaN if degenerate)."""
    corr = correlations(data, weights)
    xx, xy = corr[..., :-1, :-1], corr[..., :-1, -1]
    bad = np.isnan(corr).any(axis=(-2, -1))
    safe_xx = np.where(bad[..., None, None], np.eye(xx.shape[-1]), xx)
    safe_xy = np.where(bad[..., None], 0.0, xy)
    out = relative_weights(safe_xx, safe_xy)
    return np.where(bad[..., None], np.nan, out)


def resample_indices(n: int, resamples: int, seed: int) -> Iterator[np.ndarray]:
    """The bootstrap's draws: chunks of (resamples in chunk, n) respondent indices, in order, from one seed."""
    rng = np.random.default_rng(seed)
    chunk = max(1, min(resamples, _CHUNK_CELLS // max(n, 1)))
    done = 0
    while done < resamples:
        size = min(chunk, resamples - done)
        yield rng.integers(0, n, size=(size, n))
        done += size


def bootstrap_weights(
    data: np.ndarray, resamples: int, seed: int, progress: ProgressFn = no_progress,
) -> np.ndarray:
    """Relative weights in each of ``resamples`` bootstrap resamples of the rows: shape (resamples, k)."""
    n = data.shape[0]
    out = []
    done = 0
    for indices in resample_indices(n, resamples, seed):
        size = indices.shape[0]
        flat = (np.arange(size)[:, None] * n + indices).ravel()
        counts = np.bincount(flat, minlength=size * n).reshape(size, n).astype(np.float64)
        out.append(weights_from_data(data, counts))
        done += size
        progress(done / resamples)
    return np.concatenate(out, axis=0) if out else np.empty((0, data.shape[1] - 1))
