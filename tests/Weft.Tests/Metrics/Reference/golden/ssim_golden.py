"""Independent SSIM values for SsimTests, in plain Python (no numpy on the build machine).

Written directly from Wang et al. (2004): for every position where the 11 x 11 window fits, the weighted means,
variances and covariance under a normalised Gaussian (sigma 1.5) are taken with one 2-D weight table (not the
separable filtering the C# code uses), then SSIM is averaged. Run: python3 ssim_golden.py
"""
import math

SIZE = 11
SIGMA = 1.5
C1 = (0.01 * 255) ** 2
C2 = (0.03 * 255) ** 2


def window():
    half = SIZE // 2
    w = [[math.exp(-((i - half) ** 2 + (j - half) ** 2) / (2 * SIGMA * SIGMA)) for j in range(SIZE)] for i in range(SIZE)]
    total = sum(sum(row) for row in w)
    return [[v / total for v in row] for row in w]


def ssim(x, y, width, height):
    w = window()
    values = []
    for top in range(height - SIZE + 1):
        for left in range(width - SIZE + 1):
            mx = my = xx = yy = xy = 0.0
            for i in range(SIZE):
                for j in range(SIZE):
                    a = x[(top + i) * width + left + j]
                    b = y[(top + i) * width + left + j]
                    k = w[i][j]
                    mx += k * a
                    my += k * b
            for i in range(SIZE):
                for j in range(SIZE):
                    a = x[(top + i) * width + left + j] - mx
                    b = y[(top + i) * width + left + j] - my
                    k = w[i][j]
                    xx += k * a * a
                    yy += k * b * b
                    xy += k * a * b
            values.append((2 * mx * my + C1) * (2 * xy + C2) / ((mx * mx + my * my + C1) * (xx + yy + C2)))
    return sum(values) / len(values)


def pattern(width, height, a, b, c):
    return [float((a * r + b * q + c) % 256) for r in range(height) for q in range(width)]


if __name__ == "__main__":
    w, h = 16, 14
    x = pattern(w, h, 16, 7, 0)
    y = pattern(w, h, 13, 5, 50)
    print(repr(ssim(x, y, w, h)))
    noisy = [v + (9 if (i * 7) % 5 == 0 else -4) for i, v in enumerate(x)]
    print(repr(ssim(x, noisy, w, h)))
