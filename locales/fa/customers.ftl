# مشتریان: آنچه مشتری می‌بیند، و فرمان‌های تیم درباره‌ی مشتریان.

promo-code = کد شما: { $code }
promo-code-percent = تخفیف شخصی شما: { $percent }٪ با کد { $code }
promo-open-link = باز کردن
promo-unsubscribe = لغو اشتراک
